/// The sizes at which toc changes strategy, in one place, each with the measurement behind it
/// (docs/performance.md, on the benchmark's 100k-node model and the folder of 20,000 team files).
/// The measurements justify the strategy; the sizes themselves were not swept. Each is used where
/// its strategy is: the parser reads its three here; a test holds the command line's own two
/// (`HumanReport`, `Workspace`) to these.
public enum Tuning {
  /// Lines from which a file is read in pieces, one per core (`FileParser+Pieces.swift`): reading
  /// in pieces took `toc check` on the 100k-node model from 0.55 s to 0.44 s (third round). A
  /// shorter file is read in one piece: starting threads would cost more than it saves.
  public static let linesPerPiece = 20_000

  /// Arrows per core from which a file's references are looked up on all cores
  /// (`Loader.positions`): 0.38 s to 0.37 s on the 100k-node model (third round).
  public static let arrowsPerCore = 20_000

  /// Bytes per part from which a file is checked as UTF-8 and cut into lines on all cores
  /// (`LineSpan`, `UTF8Validation`; 1 MB): on one core both took 12 ms of the 100k-node model's
  /// `toc check` (fifth round).
  public static let bytesPerPart = 1 << 20

  /// Findings per part of the human report, the parts written on all cores
  /// (`HumanReport.diagnosticsPerPart`): the 100k-node model's 9,304 findings took 27 ms on one
  /// core, a tenth of `toc check` (fifth round). Issue 15 measured it under 10% on every case
  /// (sixth round): it stays until `HumanReport`'s rework.
  public static let diagnosticsPerPart = 1_000

  /// Nodes from which a checked model is freed on another thread while the report is written
  /// (`Workspace.nodesFreedAside`): the 100k-node model takes 8 ms to free, about 3% of
  /// `toc check`; handing each of 20,000 team models over instead cost 70 ms of the folder's
  /// 0.39 s (fifth round). Issue 15 measured it under 10% on every case (sixth round): it stays
  /// until `Workspace`'s rework.
  public static let nodesFreedAside = 10_000
}
