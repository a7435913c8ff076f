package org.birge.portal.training.service;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.birge.portal.org.domain.Role;

/**
 * What a trainer types for a course; the page binds to it and the service checks it through the domain.
 * The target roles are role names, so that a page can bind them without a converter.
 */
public class CourseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String title;
    private String description;
    private String objectives;
    private String topics;
    private List<String> targetRoles = new ArrayList<>(List.of(Role.MAYOR_NAME));
    private Integer hours;
    private Integer minAttendancePercent = 80;
    private Integer passMark = 70;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public List<String> getTargetRoles() {
        return targetRoles;
    }

    public void setTargetRoles(List<String> targetRoles) {
        this.targetRoles = targetRoles == null ? new ArrayList<>() : new ArrayList<>(targetRoles);
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public Integer getMinAttendancePercent() {
        return minAttendancePercent;
    }

    public void setMinAttendancePercent(Integer minAttendancePercent) {
        this.minAttendancePercent = minAttendancePercent;
    }

    public Integer getPassMark() {
        return passMark;
    }

    public void setPassMark(Integer passMark) {
        this.passMark = passMark;
    }
}
