import Foundation
import JourneyCheckCore
@testable import JourneyCheckTUI

let t0 = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18 11:06:40 UTC

func journey(_ language: Language, wide: Bool = false) -> Journey {
    Journey(
        title: language == .nl ? "Online bestelling" : "Online order",
        language: language,
        brandPromise: language == .nl ? "Wij maken het je makkelijk" : "We make it easy for you",
        drivers: [
            Driver(name: language == .nl ? "persoonlijke aandacht" : "personal attention", weight: 0.4),
            Driver(name: language == .nl ? "snelheid" : "speed", weight: 0.35),
        ],
        phases: [
            (
                title: language == .nl ? "Oriëntatie" : "Orientation",
                steps: [
                    (
                        text: wide
                            ? "日本のお客様がサイトで検索する 👍🏽 ❤️ café"
                            : (language == .nl
                                ? "Ik zoek een product op de website" : "I search for a product on the website"),
                        digital: true
                    ),
                    (
                        text: language == .nl
                            ? "Ik bel de winkel met een vraag over de levertijd"
                            : "I call the shop about the delivery time", digital: false
                    ),
                ]
            ),
            (
                title: language == .nl ? "Bestellen" : "Ordering",
                steps: [
                    (
                        text: language == .nl
                            ? "Ik krijg een ontvangstbevestiging in de mail" : "I get a confirmation email",
                        digital: true
                    )
                ]
            ),
        ])
}

func makeState(_ language: Language = .en, size: TermSize = TermSize(80, 24), wide: Bool = false) -> AppState {
    var s = AppState(
        session: Session(journey: journey(language, wide: wide), now: t0), path: "s.json", size: size, now: t0,
        timeZone: LocalZone.utc)
    s.timeZone = LocalZone.utc
    return s
}

/// Send keys; return every effect.
@discardableResult
func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
    keys.flatMap { update(&state, .key($0)) }
}

@discardableResult
func type(_ state: inout AppState, _ text: String) -> [Effect] {
    text.flatMap { update(&state, .key(.char($0))) }
}
