import Foundation

/// Where a run of a flow comes in: the step it starts at, how much of the flow it covers, and what it
/// says first — "going on from tip 3", or that every tip has been gone through.
struct FlowEntry {
    /// The flow being run.
    let definition: Flow
    /// The plan's content when the run begins.
    let content: JSONValue
    /// Whose run it is.
    let userID: String?
    /// The record the run fills, if any.
    let record: String?
    /// The language of what is said.
    let language: Language
    /// The message texts.
    let messages: MessageCatalog

    /// The start for the arguments of `FlowEngine.begin`: a record's step to resume at (`/edit`
    /// going on), one step (`/edit PART`), one item of the repeated block (`/channels NAME`), one
    /// group (`/tips 3`), else where this user's last run of a grouped flow stopped, else the top.
    func choose(group: Int?, item: String?, resumingRecord: Bool, onlyStep: Int?, resumeAt: Int?)
        -> (start: Int, scope: FlowScope?, notes: [ChatEffect]) {
        if let resumeAt, resumingRecord, definition.steps.indices.contains(resumeAt) {
            return (resumeAt, nil, [])
        }
        if let onlyStep, definition.steps.indices.contains(onlyStep) {
            return (onlyStep, .step(onlyStep), [])
        }
        if let item, let each = definition.steps.first(where: { $0.each != nil })?.each, let blockStart = definition.blockStart(each) {
            return (blockStart, .item(item), [])
        }
        if let number = group, let chosen = definition.group(number: number), let first = definition.firstStep(of: chosen) {
            return (first, .group(chosen.id), [])
        }
        if let resume = definition.pointer(definition.resumeField, userID: userID, record: record), let number = content.value(at: resume)?.intValue,
           number > 1, let chosen = definition.group(number: number), let first = definition.firstStep(of: chosen) {
            let note: String
            if let resumeNote = definition.resumeNote {
                note = fillTemplate(resumeNote.text(language), ["number": String(number), "title": chosen.title?.text(language) ?? chosen.id])
            } else {
                note = messages.text(.tipsResume, language, ["number": String(number)])
            }
            return (first, nil, [.say(ChatMessage(note, style: .hint))])
        }
        if !definition.groups.isEmpty, definition.record == nil,
           definition.completedGroups(in: content, userID: userID).count == definition.groups.count {
            return (0, nil, [.say(ChatMessage(messages.text(.tipsAllDone, language), style: .hint))])
        }
        return (0, nil, [])
    }
}
