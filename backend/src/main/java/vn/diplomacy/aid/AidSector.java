package vn.diplomacy.aid;

/** The office's sector codelist, each mapped to its OECD-DAC 5-digit purpose code (the most common one for it). */
public enum AidSector {
    EDUCATION("11110", "Education"),
    HEALTH("12110", "Health"),
    WATER_SANITATION("14030", "Water supply and sanitation"),
    AGRICULTURE("31110", "Agriculture"),
    LIVELIHOODS("43040", "Livelihoods and rural development"),
    DISASTER_RELIEF("72010", "Disaster relief"),
    ENVIRONMENT_CLIMATE("41010", "Environment and climate"),
    CHILD_PROTECTION("15160", "Child protection"),
    GENDER("15170", "Gender equality"),
    INFRASTRUCTURE("21020", "Infrastructure"),
    GOVERNANCE("15110", "Governance"),
    OTHER("99810", "Other");

    public final String dacCode;
    public final String label;

    AidSector(String dacCode, String label) {
        this.dacCode = dacCode;
        this.label = label;
    }
}
