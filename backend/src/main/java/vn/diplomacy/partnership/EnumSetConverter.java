package vn.diplomacy.partnership;

import vn.diplomacy.common.SetColumn;

/** The partnership's enum set columns (common.SetColumn). */
final class EnumSetConverter {
    private EnumSetConverter() {}

    @jakarta.persistence.Converter
    static class Pillars extends SetColumn.Enums<Pillar> {
        Pillars() {
            super(Pillar.class);
        }
    }

    @jakarta.persistence.Converter
    static class Fields extends SetColumn.Enums<CooperationField> {
        Fields() {
            super(CooperationField.class);
        }
    }
}
