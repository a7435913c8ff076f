package org.birge.portal.training.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.birge.portal.shared.web.PageModel.SerializableFunction;
import org.birge.portal.training.service.CalendarEntry;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;

/**
 * The training calendar as PrimeFaces' schedule shows it: it loads only the days the schedule displays,
 * one event per day of a session, each leading to the session's page.
 */
public class SessionSchedule extends LazyScheduleModel {

    private static final long serialVersionUID = 1L;

    /** The days from the first (inclusive) to the last (exclusive) the schedule shows. */
    public record Range(LocalDate from, LocalDate to) {
    }

    private final SerializableFunction<Range, List<CalendarEntry>> source;
    private final String contextPath;

    public SessionSchedule(SerializableFunction<Range, List<CalendarEntry>> source, String contextPath) {
        this.source = source;
        this.contextPath = contextPath;
        // A day with many sessions shows the first few and "+n more".
        setEventLimit(true);
    }

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
        LocalDate to = end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? end.toLocalDate()
                : end.toLocalDate().plusDays(1);
        for (CalendarEntry entry : source.apply(new Range(start.toLocalDate(), to))) {
            String place = entry.venue() != null ? entry.venue() : entry.onlineLink();
            addEvent(DefaultScheduleEvent.<Long>builder()
                    .id(entry.sessionId() + "-" + entry.day())
                    .groupId(Long.toString(entry.sessionId()))
                    .title(entry.courseTitle())
                    .startDate(entry.day().atTime(entry.startsAt()))
                    .endDate(entry.day().atTime(entry.endsAt()))
                    .description(entry.courseCode() + " · " + place)
                    .url(contextPath + "/training/session.xhtml?id=" + entry.sessionId())
                    .styleClass("birge-event birge-event-" + (entry.myStatus() != null ? entry.myStatus()
                            : entry.sessionStatus()))
                    .editable(false)
                    .data(entry.sessionId())
                    .build());
        }
    }
}
