/// The level to start on (seed 000, Stap 1: "De 'knoppen' die je gevonden hebt, bepalen welke
/// van de 3 je als eerste moet oppakken"): when the heaviest driver is a behaviour driver (the
/// human side: attention, respect), level 1, behaviour; otherwise level 2, the journey.
public struct StartLevel: Sendable, Equatable {
    public var level: ActionLevel
    /// The driver with the largest weight (the first of equals); nil when no driver is weighted.
    public var heaviest: Driver?

    public init(_ drivers: [Driver]) {
        var best: Driver?
        for d in drivers {
            guard let w = d.weight else { continue }
            if w > (best?.weight ?? -1) { best = d }
        }
        heaviest = best
        level = best?.behaviour == true ? .behaviour : .journey
    }

    /// The sentence the reports and the decide screen show, quoting the rule.
    public func sentence(_ w: Wording) -> String {
        let level = w.levelHeading(self.level.number, self.level.label(w.language))
        guard let heaviest else { return w.startLevelNoWeights(level) }
        return heaviest.behaviour
            ? w.startLevelBehaviour(level, heaviest.name) : w.startLevelJourney(level, heaviest.name)
    }
}
