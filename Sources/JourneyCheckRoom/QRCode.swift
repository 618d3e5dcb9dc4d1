import CQrencode

/// A QR code of the room's address, from Debian's libqrencode (the one place that calls it):
/// the modules as rows of dark (true) and light, with the standard quiet zone of four light
/// modules around. Error correction level L keeps a LAN address to version 3 (29 modules),
/// so the code with its quiet zone fits an 80x24 wall in half blocks.
public enum QRCode {
    public static let quietZone = 4

    public static func modules(_ text: String) -> [[Bool]]? {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_L, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let n = Int(code.pointee.width)
        let size = n + 2 * quietZone
        var rows = [[Bool]](repeating: [Bool](repeating: false, count: size), count: size)
        for y in 0..<n {
            for x in 0..<n where code.pointee.data[y * n + x] & 1 == 1 {
                rows[y + quietZone][x + quietZone] = true
            }
        }
        return rows
    }
}
