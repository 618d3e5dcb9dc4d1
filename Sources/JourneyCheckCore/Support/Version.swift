/// The release, in one place: `journeycheck --version`, the man page and the reports' footer.
public enum JourneyCheckVersion {
    public static let current = "0.3.0"
}
