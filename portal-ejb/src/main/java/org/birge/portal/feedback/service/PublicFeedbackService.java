package org.birge.portal.feedback.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.birge.portal.feedback.domain.PublicFeedbackText;
import org.birge.portal.feedback.service.TrustQueries.Grouping;
import org.birge.portal.feedback.service.TrustQueries.Place;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.Names;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;

/**
 * "You said, we did" for anyone, without signing in: the active districts with their headline trust
 * figures, and a district's page (found by its reference code, never by its id) with its figures, its
 * months, the answered public appeals and the published projects that came from its residents' appeals and
 * polls. Public appeals are those the author allowed to be shown and no mayor has hidden; they are read
 * without any column that says who wrote them.
 */
@Stateless
@PermitAll
public class PublicFeedbackService {

    /** Project states a visitor may open (those of the public project pages). */
    private static final String PUBLISHED = java.util.Arrays.stream(ProjectStatus.values())
            .filter(ProjectStatus::isPublic).map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    private static final String ANSWERED_PUBLIC = " a.district_id = ?1 and a.is_public = true"
            + " and a.hidden_at is null and a.answered_at is not null";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** One page of the active districts, by region and name in {@code language}, with their headline figures. */
    public Page<PublicFeedbackDistrictRow> districts(PageRequest page, Language language) {
        String name = "d.name_" + (language == null ? Language.RU : language).code();
        List<Object[]> found = TrustQueries.rows(em.createNativeQuery("select d.id, d.code, d.name_kk, d.name_ru,"
                + " d.name_en, r.name_kk, r.name_ru, r.name_en from district d join region r on r.id = d.region_id"
                + " where d.active = true order by r.code, " + name + ", d.code limit ?1 offset ?2")
                .setParameter(1, page.size()).setParameter(2, page.first()));
        long total = TrustQueries.number(em.createNativeQuery("select count(*) from district d where d.active = true")
                .getSingleResult());
        Map<Long, TrustFigures> figures = TrustQueries.figures(em, Grouping.DISTRICT,
                Place.districts(found.stream().map(r -> TrustQueries.number(r[0])).toList()));
        return new Page<>(found.stream().map(r -> new PublicFeedbackDistrictRow((String) r[1],
                new Names((String) r[2], (String) r[3], (String) r[4]),
                new Names((String) r[5], (String) r[6], (String) r[7]),
                figures.getOrDefault(TrustQueries.number(r[0]), TrustFigures.NONE))).toList(), total);
    }

    /** A district's public page: names, figures, and the published projects that came from its residents. */
    public PublicFeedbackDistrict district(String code) {
        Object[] d = find(code);
        long id = TrustQueries.number(d[0]);
        TrustFigures figures = TrustQueries.figures(em, Grouping.DISTRICT, Place.district(id))
                .getOrDefault(id, TrustFigures.NONE);
        List<PublicFeedbackProject> projects = TrustQueries.rows(em.createNativeQuery("select p.id, p.title,"
                        + " p.status, (select count(*) from appeal a where a.project_id = p.id), pl.question"
                        + " from project p left join poll pl on pl.id = p.poll_id"
                        + " where p.district_id = ?1 and p.status in (" + PUBLISHED + ")"
                        + " and (p.poll_id is not null or exists (select 1 from appeal x where x.project_id = p.id))"
                        + " order by p.modified_at desc, p.id desc")
                        .setParameter(1, id).setMaxResults(50)).stream()
                .map(r -> new PublicFeedbackProject(TrustQueries.number(r[0]), (String) r[1], (String) r[2],
                        TrustQueries.number(r[3]), (String) r[4])).toList();
        return new PublicFeedbackDistrict((String) d[1], new Names((String) d[2], (String) d[3], (String) d[4]),
                new Names((String) d[5], (String) d[6], (String) d[7]), figures, projects);
    }

    /** One page of the district's answered public appeals, the latest answer first. */
    public Page<PublicFeedbackAppeal> answered(String code, PageRequest page) {
        long id = TrustQueries.number(find(code)[0]);
        List<Object[]> found = TrustQueries.rows(em.createNativeQuery("select a.id, a.kind, a.category, a.subject,"
                        + " a.body, a.received_on, a.answered_at, a.answer_text, p.id, p.title"
                        + " from appeal a left join project p on p.id = a.project_id and p.status in (" + PUBLISHED + ")"
                        + " where" + ANSWERED_PUBLIC + " order by a.answered_at desc, a.id desc limit ?2 offset ?3")
                .setParameter(1, id).setParameter(2, page.size()).setParameter(3, page.first()));
        long total = TrustQueries.number(em.createNativeQuery("select count(*) from appeal a where" + ANSWERED_PUBLIC)
                .setParameter(1, id).getSingleResult());
        return new Page<>(found.stream().map(r -> new PublicFeedbackAppeal(TrustQueries.number(r[0]),
                (String) r[1], (String) r[2], PublicFeedbackText.redact((String) r[3]),
                PublicFeedbackText.redact((String) r[4]), TrustQueries.date(r[5]), answeredOn(r[6]),
                PublicFeedbackText.redact((String) r[7]), r[8] == null ? null : TrustQueries.number(r[8]),
                (String) r[9])).toList(), total);
    }

    /** The district's months from {@code from} to {@code to} (at most 36). */
    public List<TrustMonth> trend(String code, YearMonth from, YearMonth to) {
        return TrustQueries.months(em, Place.district(TrustQueries.number(find(code)[0])), from, to);
    }

    /** The active district of that code: id, code, names, region names; 404 for any other. */
    private Object[] find(String code) {
        if (code == null || code.isBlank() || code.length() > 40) {
            throw new NotFoundException();
        }
        return TrustQueries.rows(em.createNativeQuery("select d.id, d.code, d.name_kk, d.name_ru, d.name_en,"
                        + " r.name_kk, r.name_ru, r.name_en from district d join region r on r.id = d.region_id"
                        + " where d.code = ?1 and d.active = true").setParameter(1, code.trim().toUpperCase(Locale.ROOT)))
                .stream().findFirst().orElseThrow(NotFoundException::new);
    }

    private static java.time.LocalDate answeredOn(Object at) {
        if (at == null) {
            return null;
        }
        java.time.Instant instant = at instanceof java.time.OffsetDateTime o ? o.toInstant()
                : at instanceof java.sql.Timestamp t ? t.toInstant()
                : at instanceof java.time.Instant i ? i : null;
        if (instant == null) {
            throw new IllegalArgumentException("not a time: " + at.getClass());
        }
        return PortalClock.dayOf(instant);
    }
}
