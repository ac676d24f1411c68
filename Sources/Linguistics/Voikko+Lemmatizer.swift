import KuuloCore

/// Voikko's base forms serve the core wherever Finnish words are matched by their dictionary form.
extension Voikko: Lemmatizer {}
