/// A screen as a feature: its own state and its update, composed by the app the way Bubble
/// Tea composes child models and TCA scopes a reducer. What several screens share stays on
/// `AppState` (the session and its decisions, the overlay, the clocks, the status line), and
/// each key reaches the feature together with it: `AppState.send(_:to:)` takes the feature's
/// state out, runs its update, settles it, and puts it back.
///
/// Adding a screen: a type that conforms (its state, `key`, `settle`), a stored property on
/// `AppState`, a case in `Screen` and one line each in `update` and `view`.
protocol ScreenFeature: Sendable {
    /// A key while the screen is shown. The app is the app without this feature's state: the
    /// feature changes its own state through `self`.
    mutating func key(_ key: Key, _ app: inout AppState) -> [Effect]
    /// Bring the state in line with the app after any change (the list changed, the window
    /// resized): a selection on a line that exists, a scroll that shows it.
    mutating func settle(_ app: AppState)
}

extension AppState {
    /// Hand a key to a screen feature.
    mutating func send<F: ScreenFeature>(_ key: Key, to feature: WritableKeyPath<AppState, F>) -> [Effect] {
        var f = self[keyPath: feature]
        let effects = f.key(key, &self)
        f.settle(self)
        self[keyPath: feature] = f
        return effects
    }

    /// From another screen to the decide screen.
    mutating func openDecide() -> [Effect] {
        var f = decide
        let effects = f.open(&self)
        decide = f
        return effects
    }
}
