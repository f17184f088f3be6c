package vn.diplomacy.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Page 1 of a list reads the first rows of an index in the list's default order (then id, which InnoDB appends to every
 * index) rather than sorting the whole table: each list's default order is an index of its own, after the parent's
 * id for a list inside a record; so is updatedAt, the order of an agency's synchronisation.
 */
@QuarkusTest
class ListIndexesTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyListsDefaultOrderIsAnIndex() throws Exception {
        Set<String> indexes = new HashSet<>();
        String sql = "select s.table_name, s.index_name, group_concat(s.column_name order by s.seq_in_index) from"
                + " information_schema.statistics s where s.table_schema = database() group by s.table_name, s.index_name";
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                // Exactly the order's columns: (name, country_code, type) would not give rows in (name, id) order.
                indexes.add(rs.getString(1).toLowerCase() + "("
                        + rs.getString(3).toLowerCase().replaceAll(",id$", "") + ")");
            }
        }
        assertThat(indexes)
                .containsAll(List.of(
                        "organization(name)",
                        "partnership(start_date)",
                        "delegation(start_date)",
                        "training_course(start_date)",
                        "aid_commitment(commitment_date)",
                        "exchange_rate(rate_date)",
                        "agreement(partnership_id,expires_on)",
                        "aid_disbursement(commitment_id,disbursement_date)",
                        "training_session(course_id,session_date,start_time)",
                        "training_participant(course_id,created_at)",
                        "organization(updated_at)",
                        "partnership(updated_at)",
                        "delegation(updated_at)",
                        "aid_commitment(updated_at)",
                        "training_course(updated_at)",
                        "ngo_registration(valid_until)",
                        "ngo_registration(updated_at)"));
    }
}
