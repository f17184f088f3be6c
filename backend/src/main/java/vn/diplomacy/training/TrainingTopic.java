package vn.diplomacy.training;

public enum TrainingTopic {
    PEOPLE_DIPLOMACY,
    FOREIGN_LANGUAGE,
    PROTOCOL,
    FOREIGN_INFORMATION,
    POLITICAL_THEORY,
    OTHER
}
