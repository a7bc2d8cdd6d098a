import { useT } from '../ui/i18n';

export interface BannerMessage {
  id: number;
  text: string;
}

/** Error banners under the menu: the host's messages, in the user's language, until dismissed. */
export function Banners({
  banners,
  onDismiss,
}: {
  banners: BannerMessage[];
  onDismiss(id: number): void;
}) {
  const t = useT();
  if (banners.length === 0) return null;
  return (
    <div className="pk-banners">
      {banners.map((banner) => (
        <div key={banner.id} className="pk-banner" role="alert" data-testid="error-banner">
          <span className="pk-banner-icon" aria-hidden="true">
            !
          </span>
          <span className="pk-banner-text">{banner.text}</span>
          <button
            type="button"
            className="pk-button pk-button-quiet"
            onClick={() => onDismiss(banner.id)}
          >
            {t('shell.banner.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
