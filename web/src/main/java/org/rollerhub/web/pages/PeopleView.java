package org.rollerhub.web.pages;

import java.util.List;
import org.rollerhub.store.Person;
import org.rollerhub.store.Plan;
import org.rollerhub.web.history.PersonForm;
import org.rollerhub.web.history.PlanForm;

/**
 * The people page: everyone, and a form. {@code editing} is the id of the person being edited
 * (null: the form adds a new person); their plans and the plan form come with it.
 */
public record PeopleView(Frame frame, List<Person> people, String editing, PersonForm form, List<Plan> plans,
        PlanForm planForm, String saved) {
}
