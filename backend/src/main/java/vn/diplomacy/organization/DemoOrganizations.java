package vn.diplomacy.organization;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import vn.diplomacy.common.AppConfig;

/**
 * With APP_DEMO_DATA=true, loads the organizations named in the domain notes. Each is looked up by name, country and
 * type first, so a restart adds nothing twice.
 */
@ApplicationScoped
public class DemoOrganizations {
    private static final Logger LOG = Logger.getLogger(DemoOrganizations.class);

    private final OrganizationRepository organizations;
    private final boolean enabled;

    DemoOrganizations(OrganizationRepository organizations, AppConfig config) {
        this.organizations = organizations;
        this.enabled = config.demoData();
    }

    @jakarta.inject.Inject
    vn.diplomacy.common.ClusterLock lock;

    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (enabled) {
            LOG.infof("Demo data: %d organizations added", lock.startupStep(this::load));
        }
    }

    @Transactional
    public int load() {
        count = 0;
        // Vietnamese provinces and agencies
        Organization haTinh =
                add("Ủy ban nhân dân tỉnh Hà Tĩnh", "Hà Tĩnh", OrganizationType.LOCAL_GOVERNMENT, "VN", null);
        add("Sở Ngoại vụ Hà Tĩnh", null, OrganizationType.GOVERNMENT_AGENCY, "VN", haTinh);
        add("Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh", null, OrganizationType.FRIENDSHIP_ASSOCIATION, "VN", haTinh);
        Organization hue = add(
                "Ủy ban nhân dân tỉnh Thừa Thiên Huế", "Thừa Thiên Huế", OrganizationType.LOCAL_GOVERNMENT, "VN", null);
        add("Ban Tuyên giáo Tỉnh ủy Thừa Thiên Huế", null, OrganizationType.PARTY_ORGANIZATION, "VN", hue);
        Organization quangBinh =
                add("Ủy ban nhân dân tỉnh Quảng Bình", "Quảng Bình", OrganizationType.LOCAL_GOVERNMENT, "VN", null);
        add(
                "Liên hiệp các tổ chức hữu nghị tỉnh Quảng Bình",
                null,
                OrganizationType.FRIENDSHIP_ASSOCIATION,
                "VN",
                quangBinh);
        Organization laiChau =
                add("Ủy ban nhân dân tỉnh Lai Châu", "Lai Châu", OrganizationType.LOCAL_GOVERNMENT, "VN", null);
        Reform2025.dissolve(add("Huyện Phong Thổ", "Phong Thổ", OrganizationType.LOCAL_GOVERNMENT, "VN", laiChau));
        Organization laoCai =
                add("Ủy ban nhân dân tỉnh Lào Cai", "Lào Cai", OrganizationType.LOCAL_GOVERNMENT, "VN", null);
        Reform2025.dissolve(add("Huyện Bát Xát", "Bát Xát", OrganizationType.LOCAL_GOVERNMENT, "VN", laoCai));
        add("Hội Nông dân tỉnh Lào Cai", null, OrganizationType.NATIONAL_NGO, "VN", laoCai);
        Organization daNang =
                add("Ủy ban nhân dân thành phố Đà Nẵng", "Đà Nẵng", OrganizationType.LOCAL_GOVERNMENT, "VN", null);
        add("Ủy ban nhân dân tỉnh Lạng Sơn", "Lạng Sơn", OrganizationType.LOCAL_GOVERNMENT, "VN", null);
        Organization hauGiang =
                add("Ủy ban nhân dân tỉnh Hậu Giang", "Hậu Giang", OrganizationType.LOCAL_GOVERNMENT, "VN", null);
        Organization tuyenQuang =
                add("Ủy ban nhân dân tỉnh Tuyên Quang", "Tuyên Quang", OrganizationType.LOCAL_GOVERNMENT, "VN", null);
        reform2025(hue, quangBinh, laoCai, daNang, hauGiang, tuyenQuang);
        add(
                "Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO)",
                "Vietnam Union of Friendship Organizations",
                OrganizationType.FRIENDSHIP_ASSOCIATION,
                "VN",
                null);
        add(
                "Hội Hữu nghị Việt Nam – Lào",
                "Vietnam–Laos Friendship Association",
                OrganizationType.FRIENDSHIP_ASSOCIATION,
                "VN",
                null);
        add("Ban Liên lạc truyền thống hữu nghị Việt – Lào", null, OrganizationType.FRIENDSHIP_ASSOCIATION, "VN", null);
        add(
                "Ban Đối ngoại Trung ương",
                "Commission for External Relations",
                OrganizationType.PARTY_ORGANIZATION,
                "VN",
                null);
        // Lao provinces, with the names Vietnamese offices write them by
        vietnamese(
                add("Bolikhamxay Province", "ແຂວງບໍລິຄໍາໄຊ", OrganizationType.LOCAL_GOVERNMENT, "LA", null),
                "Bô-li-khăm-xay");
        vietnamese(
                add("Khammouane Province", "ແຂວງຄໍາມ່ວນ", OrganizationType.LOCAL_GOVERNMENT, "LA", null), "Khăm Muồn");
        vietnamese(
                add("Vientiane Capital", "ນະຄອນຫຼວງວຽງຈັນ", OrganizationType.LOCAL_GOVERNMENT, "LA", null),
                "Thủ đô Viêng Chăn");
        vietnamese(
                add("Savannakhet Province", "ແຂວງສະຫວັນນະເຂດ", OrganizationType.LOCAL_GOVERNMENT, "LA", null),
                "Xa-va-na-khệt");
        vietnamese(add("Sekong Province", "ແຂວງເຊກອງ", OrganizationType.LOCAL_GOVERNMENT, "LA", null), "Sê Kông");
        vietnamese(add("Salavan Province", "ແຂວງສາລະວັນ", OrganizationType.LOCAL_GOVERNMENT, "LA", null), "Sa-la-van");
        vietnamese(
                add("Phongsaly Province", "ແຂວງຜົ້ງສາລີ", OrganizationType.LOCAL_GOVERNMENT, "LA", null),
                "Phông-xa-lỳ");
        vietnamese(add("Oudomxay Province", "ແຂວງອຸດົມໄຊ", OrganizationType.LOCAL_GOVERNMENT, "LA", null), "U-đôm-xay");
        vietnamese(
                add("Luang Prabang Province", "ແຂວງຫຼວງພະບາງ", OrganizationType.LOCAL_GOVERNMENT, "LA", null),
                "Luông Pha-bang");
        // China, Thailand, Korea
        Organization yunnan = add("Yunnan Province", "云南省", OrganizationType.LOCAL_GOVERNMENT, "CN", null);
        vietnamese(yunnan, "Vân Nam");
        vietnamese(
                add("Hekou Yao Autonomous County", "河口瑶族自治县", OrganizationType.LOCAL_GOVERNMENT, "CN", yunnan),
                "Hà Khẩu");
        vietnamese(
                add("Nakhon Phanom Province", "จังหวัดนครพนม", OrganizationType.LOCAL_GOVERNMENT, "TH", null),
                "Nakhon Phanom");
        add("Embassy of the People's Republic of China in Vietnam", null, OrganizationType.EMBASSY, "CN", null);
        add("Embassy of New Zealand in Vietnam", null, OrganizationType.EMBASSY, "NZ", null);
        // International NGOs
        add("Oxfam", null, OrganizationType.INTERNATIONAL_NGO, "GB", null);
        add("World Vision", null, OrganizationType.INTERNATIONAL_NGO, "US", null);
        add("Plan International", null, OrganizationType.INTERNATIONAL_NGO, "GB", null);
        add("Save the Children", null, OrganizationType.INTERNATIONAL_NGO, "GB", null);
        add("Korea International Cooperation Agency (KOICA)", null, OrganizationType.GOVERNMENT_AGENCY, "KR", null);
        return count;
    }

    private int count;

    /** The mergers of 2025 among the demo provinces, with the provinces they were merged with or into. */
    private void reform2025(
            Organization hue,
            Organization quangBinh,
            Organization laoCai,
            Organization daNang,
            Organization hauGiang,
            Organization tuyenQuang) {
        LocalDate last = Reform2025.LAST_DAY;
        Organization hueCity =
                add("Ủy ban nhân dân thành phố Huế", "Huế", OrganizationType.LOCAL_GOVERNMENT, "VN", null);
        Reform2025.merge(hue, LocalDate.of(2024, 12, 31), hueCity, true);
        Organization quangTri =
                add("Ủy ban nhân dân tỉnh Quảng Trị", "Quảng Trị", OrganizationType.LOCAL_GOVERNMENT, "VN", null);
        Reform2025.merge(quangBinh, last, quangTri, false);
        Reform2025.merge(
                add("Ủy ban nhân dân tỉnh Yên Bái", "Yên Bái", OrganizationType.LOCAL_GOVERNMENT, "VN", null),
                last,
                laoCai,
                false);
        Reform2025.merge(
                add("Ủy ban nhân dân tỉnh Quảng Nam", "Quảng Nam", OrganizationType.LOCAL_GOVERNMENT, "VN", null),
                last,
                daNang,
                false);
        Organization canTho =
                add("Ủy ban nhân dân thành phố Cần Thơ", "Cần Thơ", OrganizationType.LOCAL_GOVERNMENT, "VN", null);
        Reform2025.merge(hauGiang, last, canTho, false);
        Reform2025.merge(
                add("Ủy ban nhân dân tỉnh Sóc Trăng", "Sóc Trăng", OrganizationType.LOCAL_GOVERNMENT, "VN", null),
                last,
                canTho,
                false);
        Reform2025.merge(
                add("Ủy ban nhân dân tỉnh Hà Giang", "Hà Giang", OrganizationType.LOCAL_GOVERNMENT, "VN", null),
                last,
                tuyenQuang,
                false);
    }

    /** The Vietnamese name of a foreign place, added to an entry that has no other names yet. */
    private static void vietnamese(Organization o, String name) {
        if (o.names == null || o.names.isEmpty()) {
            o.names = List.of(new OrganizationDtos.OtherName(name, "vi", NameKind.EXONYM));
        }
    }

    private Organization add(
            String name, String localName, OrganizationType type, String country, Organization parent) {
        return organizations.findSame(name, country, type).orElseGet(() -> {
            Organization o = new Organization();
            o.name = name;
            o.localName = localName;
            o.type = type;
            o.countryCode = country;
            o.placeUnder(parent);
            organizations.persistAndFlush(o);
            count++;
            return o;
        });
    }
}
