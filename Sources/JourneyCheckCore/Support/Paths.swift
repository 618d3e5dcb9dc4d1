import SystemPackage

/// File path text, by swift-system's `FilePath` rather than Foundation's `NSString` bridge.
public enum Paths {
    /// `folder/name`; just `name` when the folder is empty.
    public static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : FilePath(folder).appending(name).string
    }

    /// The last part: `b.json` of `/a/b.json`.
    public static func name(of path: String) -> String {
        let p = FilePath(path)
        return p.lastComponent?.string ?? (p.root != nil ? "/" : "")
    }

    /// The folder part: `/a` of `/a/b.json`, empty for a bare name.
    public static func folder(of path: String) -> String {
        FilePath(path).removingLastComponent().string
    }

    /// A name without its extension, and the extension (empty when there is none).
    public static func stemAndExtension(of name: String) -> (stem: String, ext: String) {
        guard let last = FilePath(name).lastComponent else { return (name, "") }
        return (last.stem, last.extension ?? "")
    }
}
