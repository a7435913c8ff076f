package org.birge.portal.training.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.web.Messages;
import org.birge.portal.shared.web.PageModel;
import org.birge.portal.shared.web.Pages;
import org.birge.portal.training.domain.SessionStatus;
import org.birge.portal.training.service.AttendanceRow;
import org.birge.portal.training.service.AttendanceService;
import org.birge.portal.training.service.CertificateRow;
import org.birge.portal.training.service.CertificateService;
import org.birge.portal.training.service.Scores;
import org.birge.portal.training.service.SessionHeader;
import org.birge.portal.training.service.SheetFigures;
import org.birge.portal.training.service.StaleRowsException;

/**
 * The attendance sheet of a session for its trainers: a tick per trainee and day, the test scores, and what
 * follows from them. What the trainer types is kept in the view until saved, across pages of the list and
 * through a refused save; a save sends only the rows the trainer changed. After completion the sheet shows
 * the outcome and certificates, which a trainer may revoke.
 */
@Named
@ViewScoped
public class AttendanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The value of the day choice that saves every day of the session. */
    public static final String ALL_DAYS = "all";

    @EJB
    private AttendanceService attendance;

    @EJB
    private CertificateService certificates;

    private Long sessionId;
    private SessionHeader session;
    private SheetFigures figures;
    private PageModel<AttendanceRow> rows;
    private String day = ALL_DAYS;

    /** What the trainer typed, and what was loaded, by enrolment. */
    private final Map<Long, Map<LocalDate, Boolean>> marks = new HashMap<>();
    private final Map<Long, Integer> pre = new HashMap<>();
    private final Map<Long, Integer> post = new HashMap<>();
    private final Map<Long, Long> versions = new HashMap<>();
    private final Map<Long, AttendanceRow> loaded = new HashMap<>();

    private AttendanceRow revoking;
    private String revokeReason;

    /** Loads what the page shows, before it renders, so that a refusal can still answer 403 or 404. */
    public void load() {
        sessionId = Pages.idParameter("session");
        if (sessionId == null) {
            return;
        }
        session = Pages.load(() -> attendance.session(sessionId));
        if (session == null) {
            return;
        }
        figures = attendance.figures(sessionId);
        long id = sessionId;
        rows = new PageModel<>(page -> remember(attendance.rows(id, page)), row -> String.valueOf(row.enrolmentId()));
    }

    /**
     * Takes the rows of a page as loaded, except those the trainer is editing: they keep what was typed and
     * the version it was typed against, so that a save is checked against what the trainer saw.
     */
    private Page<AttendanceRow> remember(Page<AttendanceRow> page) {
        for (AttendanceRow row : page.rows()) {
            if (!loaded.containsKey(row.enrolmentId()) || !isEdited(row.enrolmentId())) {
                adopt(row);
            }
        }
        return page;
    }

    private void adopt(AttendanceRow row) {
        long id = row.enrolmentId();
        Map<LocalDate, Boolean> days = new HashMap<>();
        session.days().forEach(d -> days.put(d, row.present(d)));
        marks.put(id, days);
        pre.put(id, row.preScore());
        post.put(id, row.postScore());
        versions.put(id, row.version());
        loaded.put(id, row);
    }

    /** Whether the trainer typed something into the row that is not saved. */
    private boolean isEdited(long id) {
        AttendanceRow row = loaded.get(id);
        Map<LocalDate, Boolean> typed = marks.get(id);
        return session.days().stream().anyMatch(d -> Boolean.TRUE.equals(typed.get(d)) != row.present(d))
                || !Objects.equals(pre.get(id), row.preScore()) || !Objects.equals(post.get(id), row.postScore());
    }

    public String saveAttendance() {
        List<LocalDate> days = ALL_DAYS.equals(day) || day == null ? session.days() : List.of(LocalDate.parse(day));
        Map<Long, Set<LocalDate>> present = new LinkedHashMap<>();
        for (Map.Entry<Long, Map<LocalDate, Boolean>> entry : marks.entrySet()) {
            AttendanceRow before = loaded.get(entry.getKey());
            boolean changed = days.stream().anyMatch(d -> Boolean.TRUE.equals(entry.getValue().get(d))
                    != before.present(d));
            if (changed) {
                Set<LocalDate> there = new TreeSet<>();
                days.stream().filter(d -> Boolean.TRUE.equals(entry.getValue().get(d))).forEach(there::add);
                present.put(entry.getKey(), there);
            }
        }
        if (present.isEmpty()) {
            Messages.info("training.attendance.nothingChanged");
            return null;
        }
        return save(() -> {
            Map<Long, Long> saved = attendance.saveAttendance(sessionId, days, present, seen(present.keySet()));
            present.forEach((id, there) -> {
                Set<LocalDate> now = new TreeSet<>(loaded.get(id).daysPresent());
                now.removeAll(days);
                now.addAll(there);
                loaded.put(id, loaded.get(id).withDays(now, saved.get(id)));
            });
            return saved;
        }, days.size() == 1 ? "training.attendance.savedDay" : "training.attendance.saved", present.size(),
                days.size() == 1 ? dayLabel(days.get(0)) : "");
    }

    public String saveScores() {
        Map<Long, Scores> changed = new LinkedHashMap<>();
        for (Long id : marks.keySet()) {
            AttendanceRow before = loaded.get(id);
            if (!Objects.equals(pre.get(id), before.preScore()) || !Objects.equals(post.get(id), before.postScore())) {
                changed.put(id, new Scores(pre.get(id), post.get(id)));
            }
        }
        if (changed.isEmpty()) {
            Messages.info("training.score.nothingChanged");
            return null;
        }
        return save(() -> {
            Map<Long, Long> saved = attendance.recordScores(sessionId, changed, seen(changed.keySet()));
            changed.forEach((id, scores) -> loaded.put(id, loaded.get(id).withScores(scores.pre(), scores.post(),
                    saved.get(id))));
            return saved;
        }, "training.score.saved", changed.size(), "");
    }

    private String save(Supplier<Map<Long, Long>> action, String doneKey, int count, String dayLabel) {
        try {
            versions.putAll(action.get());
            Messages.info(doneKey, count, dayLabel);
            refresh();
        } catch (StaleRowsException e) {
            // Those rows show what the other person saved; everything else typed stays.
            e.getEnrolmentIds().forEach(this::forget);
            Messages.error(e);
            refresh();
        } catch (PortalException | DomainException e) {
            Messages.error(e);
        }
        return null;
    }

    /** After a save: the figures and the rows anew; rows still being edited keep what was typed. */
    private void refresh() {
        figures = attendance.figures(sessionId);
        rows.refresh();
    }

    private void forget(Long id) {
        marks.remove(id);
        pre.remove(id);
        post.remove(id);
        versions.remove(id);
        loaded.remove(id);
    }

    private Map<Long, Long> seen(Set<Long> ids) {
        Map<Long, Long> seen = new HashMap<>();
        ids.forEach(id -> seen.put(id, versions.get(id)));
        return seen;
    }

    /** Opens the revocation dialog for a row's certificate. */
    public void startRevoking(AttendanceRow row) {
        revoking = row;
        revokeReason = null;
    }

    public String revoke() {
        try {
            CertificateRow revoked = certificates.revoke(revoking.certificateId(), revoking.certificateVersion(),
                    revokeReason);
            Messages.flashInfo("training.certificate.revokedDone", revoked.code(), revoking.traineeName());
            return "/trainer/attendance?faces-redirect=true&session=" + sessionId;
        } catch (PortalException | DomainException e) {
            Messages.error(e);
            return null;
        }
    }

    /** A day as the column heading shows it: the weekday and the date. */
    public String dayLabel(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEE, dd.MM", jakarta.faces.context.FacesContext.getCurrentInstance()
                .getViewRoot().getLocale()).format(date);
    }

    public boolean isCompleted() {
        return session != null && session.status() == SessionStatus.COMPLETED;
    }

    public SessionHeader getSession() {
        return session;
    }

    public SheetFigures getFigures() {
        return figures;
    }

    public PageModel<AttendanceRow> getRows() {
        return rows;
    }

    public Map<Long, Map<LocalDate, Boolean>> getMarks() {
        return marks;
    }

    public Map<Long, Integer> getPre() {
        return pre;
    }

    public Map<Long, Integer> getPost() {
        return post;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public AttendanceRow getRevoking() {
        return revoking;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }
}
