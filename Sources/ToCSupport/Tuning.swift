/// The sizes at which toc changes strategy, in one place, each with the measurement behind it
/// (docs/performance.md, on the benchmark's 100k-node model and the folder of 20,000 team files).
/// The measurements justify the strategy; the sizes themselves were not swept. The parser reads
/// all three here.
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
}
