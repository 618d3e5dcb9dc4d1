import JourneyCheckCore

/// The screens' words: the one table (`Words`) in the session's language.
public typealias UIText = Wording
