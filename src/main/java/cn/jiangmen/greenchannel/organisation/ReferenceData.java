package cn.jiangmen.greenchannel.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Counties and key industry chains (our reference tables, seeded by migrations). */
@Repository
public class ReferenceData {

    public record County(String code, String name, String groupId) {
    }

    public record Chain(String code, String name, String leadGroup, boolean keyChain) {
    }

    private final JdbcTemplate jdbc;

    public ReferenceData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<County> counties() {
        return jdbc.query("SELECT code, name, group_id FROM greenchannel.county ORDER BY sort_order",
                (rs, i) -> new County(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    public List<Chain> chains() {
        return jdbc.query("SELECT code, name, lead_group, key_chain FROM greenchannel.industry_chain ORDER BY sort_order",
                (rs, i) -> new Chain(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
    }

    public Optional<County> county(String code) {
        return counties().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<Chain> chain(String code) {
        return chains().stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
