package org.birge.portal.project.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** The final evaluation, as the mayor types it: each indicator's final value by its id. */
public class EvaluationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, BigDecimal> finalValues = new HashMap<>();
    private Integer peopleReached;
    private String lessons;

    public Map<Long, BigDecimal> getFinalValues() {
        return finalValues;
    }

    public Integer getPeopleReached() {
        return peopleReached;
    }

    public void setPeopleReached(Integer peopleReached) {
        this.peopleReached = peopleReached;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }
}
