package org.birge.portal.project.domain;

import java.util.List;
import org.birge.portal.shared.domain.DomainException;

/** A proposal cannot be submitted yet: the first of its problems is the message, all of them are listed. */
public class ProposalRulesException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ProposalRulesException(List<Problem> problems) {
        super("project.rule.notReady", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
