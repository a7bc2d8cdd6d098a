export interface BenchResult {
  /** Our measurement, with its unit: "1.23 s", "48 MB". */
  ours: string;
  /** The peer's measurement in the same run, where the goal names one. */
  peer?: string;
  /** ours / peer, formatted: "0.21×". */
  ratio?: string;
  met?: boolean;
  note?: string;
}

export interface BenchRow {
  name: string;
  /** The goal as the issue states it: "≤ 0.3× pandoc". */
  goal: string;
  run(): Promise<BenchResult>;
}
