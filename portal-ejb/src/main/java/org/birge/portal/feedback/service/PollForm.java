package org.birge.portal.feedback.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.birge.portal.feedback.domain.Poll;

/** A poll as the mayor's form holds it between saves, so that nothing typed is lost when a save is refused. */
public class PollForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String question;
    private String description;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private List<Option> options = new ArrayList<>();

    /** One option's text, as the form edits it. */
    public static class Option implements Serializable {
        private static final long serialVersionUID = 1L;
        private String label;

        public Option() {
        }

        public Option(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

    public PollForm() {
    }

    /** A form with the given texts, for callers that are not a page (tests, say). */
    public static PollForm of(String question, String description, LocalDate opensOn, LocalDate closesOn,
                              String... options) {
        PollForm form = new PollForm();
        form.question = question;
        form.description = description;
        form.opensOn = opensOn;
        form.closesOn = closesOn;
        for (String option : options) {
            form.options.add(new Option(option));
        }
        return form;
    }

    /** The form of a poll as the reader sees it. */
    public static PollForm of(PollView view) {
        PollForm form = of(view.question(), view.description(), view.opensOn(), view.closesOn());
        view.options().forEach(c -> form.options.add(new Option(c.label())));
        return form;
    }

    Poll.Content content() {
        return new Poll.Content(question, description, opensOn, closesOn,
                options.stream().map(Option::getLabel).toList());
    }

    /** Adds an empty option, up to the most a poll can have. */
    public void addOption() {
        if (options.size() < Poll.MAX_OPTIONS) {
            options.add(new Option());
        }
    }

    public void removeOption(int index) {
        if (index >= 0 && index < options.size()) {
            options.remove(index);
        }
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public List<Option> getOptions() {
        return options;
    }
}
