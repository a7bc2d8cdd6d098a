/** The meeting view: agenda sidebar, header form and attendance editor (controlled components). */
export { AgendaSidebar, type AgendaSidebarProps } from './AgendaSidebar';
export { AttendanceEditor, type AttendanceEditorProps } from './AttendanceEditor';
export { HeaderForm, type HeaderFormProps } from './HeaderForm';
export { formFields, fieldLabel, type HeaderScope } from './header/formFields';
export { PersonDialog, type PersonDialogProps } from './people/PersonDialog';
