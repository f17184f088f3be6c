package vn.diplomacy.aid;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.diplomacy.aid.AidDtos.AidCommitmentView;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.AttachmentKind;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.Money;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.RecordAttachments;
import vn.diplomacy.common.Today;
import vn.diplomacy.organization.OrganizationDtos.OrganizationRef;
import vn.diplomacy.organization.OrganizationType;

/**
 * The approved aid as an IATI 2.03 activity file: one iati-activity per commitment past approval, with its donor
 * (funding) and beneficiary locality (accountable), status, dates, Vietnam and the locality, its DAC sector, and the
 * commitment and each disbursement as transactions in their own currency at their own date. Written as it is read
 * (keyset chunks, each in a short transaction of its own), so its memory does not grow with the rows.
 */
@ApplicationScoped
public class IatiExport {

    private static final Map<OrganizationType, String> ORGANISATION_TYPES = Map.ofEntries(
            Map.entry(OrganizationType.LOCAL_GOVERNMENT, "11"),
            Map.entry(OrganizationType.GOVERNMENT_AGENCY, "10"),
            Map.entry(OrganizationType.EMBASSY, "10"),
            Map.entry(OrganizationType.PARTY_ORGANIZATION, "15"),
            Map.entry(OrganizationType.FRIENDSHIP_ASSOCIATION, "22"),
            Map.entry(OrganizationType.INTERNATIONAL_NGO, "21"),
            Map.entry(OrganizationType.NATIONAL_NGO, "22"),
            Map.entry(OrganizationType.MULTILATERAL, "40"),
            Map.entry(OrganizationType.FOUNDATION, "60"),
            Map.entry(OrganizationType.PRIVATE_SECTOR, "70"),
            Map.entry(OrganizationType.ACADEMIC, "80"),
            Map.entry(OrganizationType.OTHER, "90"));

    private final AidCommitmentRepository commitments;
    private final AidDisbursementRepository disbursements;
    private final AidCommitmentService service;
    private final AppConfig.Aid config;
    private final Today today;
    private final RecordAttachments attachments;

    IatiExport(
            AidCommitmentRepository commitments,
            AidDisbursementRepository disbursements,
            AidCommitmentService service,
            AppConfig config,
            Today today,
            RecordAttachments attachments) {
        this.attachments = attachments;
        this.commitments = commitments;
        this.disbursements = disbursements;
        this.service = service;
        this.config = config.aid();
        this.today = today;
    }

    /** A commitment and its disbursements, in date order. */
    record Activity(AidCommitmentView commitment, List<AidDisbursement> paid, List<RecordAttachments.View> documents) {}

    /** IATI document categories (codelist DocumentCategory) of the kinds of papers. */
    private static final Map<AttachmentKind, String> CATEGORIES = Map.of(
            AttachmentKind.SIGNED_AGREEMENT, "A09",
            AttachmentKind.DECISION, "A04",
            AttachmentKind.REPORT, "A07",
            AttachmentKind.PHOTO, "A12",
            AttachmentKind.INVITATION, "A02",
            AttachmentKind.CERTIFICATE, "A04",
            AttachmentKind.OTHER, "A02");

    Iterable<Activity> activities(Filtered filter) {
        // Approved aid only: dossiers, refusals and revoked approvals are not published.
        filter.where().and("c.approvalStatus in :published", "published", AidApprovalStatus.APPROVED_STEPS);
        return PageResult.streamed(commitments, "from AidCommitment c", filter.where(), filter.list(), 500, chunk -> {
            Map<Long, List<AidDisbursement>> paid = chunk.isEmpty()
                    ? Map.of()
                    : disbursements
                            .list(
                                    "commitmentId in ?1 order by date, id",
                                    chunk.stream().map(c -> c.id).toList())
                            .stream()
                            .collect(Collectors.groupingBy(d -> d.commitmentId));
            Map<Long, List<RecordAttachments.View>> documents =
                    attachments
                            .published(
                                    AidLifecycle.KIND,
                                    chunk.stream().map(c -> c.id).toList())
                            .stream()
                            .collect(Collectors.groupingBy(RecordAttachments.View::recordId));
            return service.viewed(chunk).stream()
                    .map(v -> new Activity(
                            v, paid.getOrDefault(v.id(), List.of()), documents.getOrDefault(v.id(), List.of())))
                    .toList();
        });
    }

    /** {@code root}: where the published files are served from (the public base URL, else the request's). */
    void write(Iterable<Activity> activities, String root, OutputStream out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("iati-activities");
        x.writeAttribute("version", "2.03");
        x.writeAttribute(
                "generated-datetime",
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        for (Activity activity : activities) {
            activity(x, activity, root);
        }
        x.writeEndElement();
        x.writeEndDocument();
        x.flush();
        x.close();
    }

    private void activity(XMLStreamWriter x, Activity activity, String root) throws XMLStreamException {
        AidCommitmentView c = activity.commitment();
        x.writeStartElement("iati-activity");
        x.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "vi");
        x.writeAttribute(
                "last-updated-datetime",
                c.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        text(x, "iati-identifier", config.iatiReportingOrgRef() + "-" + c.id());
        x.writeStartElement("reporting-org");
        x.writeAttribute("ref", config.iatiReportingOrgRef());
        x.writeAttribute("type", config.iatiReportingOrgType());
        narrative(x, config.iatiReportingOrgName());
        x.writeEndElement();
        x.writeStartElement("title");
        narrative(x, c.title());
        x.writeEndElement();
        // Required by the standard: without a description of its own, the activity is described by its title and place.
        x.writeStartElement("description");
        narrative(
                x,
                c.description() != null
                        ? c.description()
                        : c.title()
                                + (c.beneficiary() == null
                                        ? ""
                                        : " – " + c.beneficiary().name()));
        x.writeEndElement();
        organization(x, "1", c.ngo());
        // The accountable party is the Vietnamese aid owner, or the beneficiary locality when none is named.
        organization(x, "2", c.aidOwner() != null ? c.aidOwner() : c.beneficiary());
        organization(x, "4", c.implementingPartner());
        empty(x, "activity-status", "code", String.valueOf(c.status().ordinal() + 1));
        dates(x, c);
        x.writeEmptyElement("recipient-country");
        x.writeAttribute("code", "VN");
        x.writeAttribute("percentage", "100");
        if (c.beneficiary() != null) {
            x.writeStartElement("location");
            x.writeStartElement("name");
            narrative(x, c.beneficiary().name());
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEmptyElement("sector");
        x.writeAttribute("vocabulary", "1");
        x.writeAttribute("code", c.sectorDacCode());
        x.writeAttribute("percentage", "100");
        transaction(x, "2", c.commitmentDate(), c.committed());
        for (AidDisbursement d : activity.paid()) {
            transaction(x, "3", d.date, Money.of(d.amount, d.currency));
        }
        for (RecordAttachments.View doc : activity.documents()) {
            x.writeStartElement("document-link");
            x.writeAttribute("url", root + RecordAttachments.publicPath(doc.id()));
            x.writeAttribute("format", doc.contentType());
            x.writeStartElement("title");
            narrative(x, doc.title());
            x.writeEndElement();
            empty(x, "category", "code", CATEGORIES.getOrDefault(doc.kind(), "A02"));
            empty(
                    x,
                    "document-date",
                    "iso-date",
                    doc.createdAt().atZone(today.zone()).toLocalDate().toString());
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /** Planned start (start date, else the commitment's), actual start once under way, planned and actual end. */
    private void dates(XMLStreamWriter x, AidCommitmentView c) throws XMLStreamException {
        LocalDate start = c.startDate() != null ? c.startDate() : c.commitmentDate();
        date(x, "1", start);
        if (c.startDate() != null && !c.startDate().isAfter(today.date())) {
            date(x, "2", c.startDate());
        }
        if (c.endDate() != null) {
            date(x, "3", c.endDate());
            if (c.status() == AidStatus.CLOSED) {
                date(x, "4", c.endDate());
            }
        }
    }

    private static void organization(XMLStreamWriter x, String role, OrganizationRef o) throws XMLStreamException {
        if (o == null) {
            return;
        }
        x.writeStartElement("participating-org");
        x.writeAttribute("role", role);
        x.writeAttribute("type", ORGANISATION_TYPES.getOrDefault(o.type(), "90"));
        narrative(x, o.name());
        x.writeEndElement();
    }

    private static void transaction(XMLStreamWriter x, String type, LocalDate date, Money money)
            throws XMLStreamException {
        x.writeStartElement("transaction");
        empty(x, "transaction-type", "code", type);
        empty(x, "transaction-date", "iso-date", date.toString());
        x.writeStartElement("value");
        x.writeAttribute("currency", money.currency());
        x.writeAttribute("value-date", date.toString());
        x.writeCharacters(money.amount().toPlainString());
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void date(XMLStreamWriter x, String type, LocalDate date) throws XMLStreamException {
        x.writeEmptyElement("activity-date");
        x.writeAttribute("type", type);
        x.writeAttribute("iso-date", date.toString());
    }

    private static void empty(XMLStreamWriter x, String name, String attribute, String value)
            throws XMLStreamException {
        x.writeEmptyElement(name);
        x.writeAttribute(attribute, value);
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void narrative(XMLStreamWriter x, String value) throws XMLStreamException {
        text(x, "narrative", value);
    }
}
