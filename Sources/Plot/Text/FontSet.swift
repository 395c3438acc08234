import CFreeType

/// The fonts text is drawn with, chosen per character: DejaVu Sans for Latin, Greek, Cyrillic
/// and symbols, Noto Sans CJK (the Simplified Chinese face) for Chinese and Japanese, and a
/// small embedded ASCII font when no font file exists at all (logged once, never a crash).
///
/// `FontSet.shared` is created on first use and is safe to use from any thread: FreeType calls
/// and the glyph cache sit behind one lock. Glyph outlines are cached forever (a class uses a
/// few hundred distinct characters).
public final class FontSet: @unchecked Sendable {
    /// The font files searched for Latin text, first found wins.
    public static let defaultLatinPaths = [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/local/share/fonts/DejaVuSans.ttf",
        "/opt/homebrew/share/fonts/DejaVuSans.ttf",
    ]
    /// The font files searched for CJK text.
    public static let defaultCJKPaths = [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    ]

    /// The bold faces of the same families, used for `fontweight='bold'` text.
    public static let defaultBoldLatinPaths = [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
        "/usr/local/share/fonts/DejaVuSans-Bold.ttf",
        "/opt/homebrew/share/fonts/DejaVuSans-Bold.ttf",
    ]
    public static let defaultBoldCJKPaths = [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc",
    ]

    public static let shared = FontSet(latinPaths: defaultLatinPaths, cjkPaths: defaultCJKPaths,
                                       boldLatinPaths: defaultBoldLatinPaths, boldCJKPaths: defaultBoldCJKPaths)

    /// The cache key of a character in a weight: bold sets bit 31, above every code point.
    static func glyphKey(_ s: Unicode.Scalar, bold: Bool) -> UInt32 { bold ? s.value | 0x8000_0000 : s.value }

    private let lock = LockedBox<Void>(())
    private var library: FT_Library?
    private var faces: [FontFace] = []
    /// Bold faces; a character they lack is drawn from the regular faces.
    private var boldFaces: [FontFace] = []
    private var cache: [UInt32: GlyphOutline] = [:]
    /// True when no font file was found and the embedded ASCII font is in use.
    public let usesEmbeddedFont: Bool

    /// Opens the first existing file of each list. Pass empty lists to force the embedded font.
    public init(latinPaths: [String], cjkPaths: [String], boldLatinPaths: [String] = [], boldCJKPaths: [String] = []) {
        var lib: FT_Library?
        if FT_Init_FreeType(&lib) != 0 { lib = nil }
        library = lib
        let opened = lib.map { FontSet.open($0, latin: latinPaths, cjk: cjkPaths) } ?? []
        faces = opened
        boldFaces = lib.map { FontSet.open($0, latin: boldLatinPaths, cjk: boldCJKPaths) } ?? []
        usesEmbeddedFont = opened.isEmpty
        if opened.isEmpty {
            PlotLog.logOnce("Plot: no font file found (looked for DejaVu Sans); using the embedded ASCII font")
        }
    }

    /// The first existing Latin face and the first existing CJK face.
    private static func open(_ lib: FT_Library, latin: [String], cjk: [String]) -> [FontFace] {
        var opened: [FontFace] = []
        if let f = latin.lazy.compactMap({ FontFace(library: lib, path: $0, index: 0) }).first { opened.append(f) }
        for path in cjk {
            guard let f0 = FontFace(library: lib, path: path, index: 0) else { continue }
            // In a collection, prefer the Simplified Chinese face ("Noto Sans CJK SC").
            var best = f0
            if f0.faceCount > 1 {
                for i in 1..<min(f0.faceCount, 16) {
                    if let fi = FontFace(library: lib, path: path, index: i), fi.family.hasSuffix(" SC") { best = fi; break }
                }
            }
            opened.append(best)
            break
        }
        return opened
    }

    deinit {
        faces.removeAll()
        boldFaces.removeAll()
        if let library { FT_Done_FreeType(library) }
    }

    /// The outline of one character: from the first face that has it (a bold face first when
    /// `bold`), else the first face's "missing glyph" box, else the embedded font.
    func glyph(_ s: Unicode.Scalar, bold: Bool = false) -> GlyphOutline {
        lock.withValue { _ in
            let key = FontSet.glyphKey(s, bold: bold)
            if let g = cache[key] { return g }
            var result: GlyphOutline?
            for face in (bold ? boldFaces + faces : faces) {
                if let idx = face.glyphIndex(s), let o = face.outline(glyph: idx) { result = o; break }
            }
            if result == nil, let first = faces.first { result = first.outline(glyph: 0) }
            let g = result ?? EmbeddedFont.outline(s)
            cache[key] = g
            return g
        }
    }

    /// Which face a character resolves to (0 = Latin, 1 = CJK, -1 = embedded); for tests.
    public func faceIndex(for s: Unicode.Scalar) -> Int {
        lock.withValue { _ in
            for (i, face) in faces.enumerated() where face.glyphIndex(s) != nil { return i }
            return faces.isEmpty ? -1 : 0
        }
    }
}
