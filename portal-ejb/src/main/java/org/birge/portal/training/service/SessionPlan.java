package org.birge.portal.training.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** What a trainer types for a session; the page binds to it and the service checks it through the domain. */
public class SessionPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<LocalDate> days = new ArrayList<>();
    private LocalTime startsAt = LocalTime.of(10, 0);
    private LocalTime endsAt = LocalTime.of(17, 0);
    private String venue;
    private String onlineLink;
    private Integer capacity = 20;
    private List<String> trainers = new ArrayList<>();

    public List<LocalDate> getDays() {
        return days;
    }

    public void setDays(List<LocalDate> days) {
        this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public List<String> getTrainers() {
        return trainers;
    }

    public void setTrainers(List<String> trainers) {
        this.trainers = trainers == null ? new ArrayList<>() : new ArrayList<>(trainers);
    }
}
