/// The words of the reports in the session's language.
struct ReportText {
    let language: Language

    func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    var report: String { t("Rapport", "Report") }
    var date: String { t("Datum", "Date") }
    var lastChanged: String { t("laatst gewijzigd", "last changed") }
    var facilitator: String { t("Begeleider", "Facilitator") }
    var participants: String { t("Deelnemers", "Participants") }
    var brandPromise: String { t("Merkbelofte", "Brand promise") }
    var drivers: String { t("Drivers", "Drivers") }
    var progress: String { t("Voortgang", "Progress") }
    func stepsComplete(_ done: Int, _ total: Int) -> String {
        t("\(done) van \(total) stappen volledig beantwoord", "\(done) of \(total) steps fully answered")
    }
    func openQuestions(_ n: Int) -> String { t("\(n) vragen nog open", "\(n) questions still open") }
    var timeSpent: String { t("tijd besteed", "time spent") }
    var summary: String { t("Samenvatting per type beleving", "Summary per type of experience") }
    var lens: String { t("Type beleving", "Type of experience") }
    var yesShare: String { t("Aandeel ja", "Share yes") }
    var overview: String { t("Overzicht", "Overview") }
    var legend: String { t("Legenda", "Legend") }
    var step: String { t("Stap", "Step") }
    var phase: String { t("Fase", "Phase") }
    var time: String { t("Tijd", "Time") }
    var potential: String { t("Verbeterpotentieel", "Improvement potential") }
    var improve: String { t("Verbeteren (nee)", "Improve (no)") }
    var investigate: String { t("Onderzoeken (weet niet)", "Investigate (don't know)") }
    var improveExplain: String {
        t("Bekende gaten: hier voldoet de stap niet.", "Known gaps: here the step falls short.")
    }
    var investigateExplain: String {
        t("Kennisgaten: niemand in de zaal wist het antwoord. Zoek het uit voordat je het verbetert.",
          "Knowledge gaps: nobody in the room knew. Find out before you improve.")
    }
    var none: String { t("Geen.", "None.") }
    var actions: String { t("Verbeteracties", "Improvement actions") }
    var action: String { t("Actie", "Action") }
    var level: String { t("Niveau", "Level") }
    var owner: String { t("Eigenaar", "Owner") }
    var due: String { t("Deadline", "Due") }
    var notes: String { t("Notities", "Notes") }
    var stepNote: String { t("Stap", "Step") }
    var total: String { t("Totaal", "Total") }
}

/// `1:05:09` or `12:09`.
public func formatDuration(_ seconds: Int) -> String {
    let s = max(0, seconds)
    let h = s / 3600, m = (s % 3600) / 60, r = s % 60
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return h > 0 ? "\(h):\(two(m)):\(two(r))" : "\(m):\(two(r))"
}

/// A driver's weight as written: `0.4`, `2`.
public func formatWeight(_ w: Double) -> String {
    w == w.rounded() && abs(w) < 1e15 ? String(Int(w)) : String(w)
}
