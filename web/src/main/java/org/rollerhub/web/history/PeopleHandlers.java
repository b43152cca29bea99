package org.rollerhub.web.history;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.rollerhub.store.Person;
import org.rollerhub.store.Plan;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.StoreException;
import org.rollerhub.web.pages.Frame;
import org.rollerhub.web.pages.PeopleView;
import org.rollerhub.web.pages.Renderer;
import org.rollerhub.web.security.Guard;

/** Adding and editing people and their plans; a wrong field is shown back with its message (400). */
public final class PeopleHandlers {
    private final SessionStore store;
    private final Renderer renderer;
    private final Clock clock;

    public PeopleHandlers(SessionStore store, Renderer renderer, Clock clock) {
        this.store = store;
        this.renderer = renderer;
        this.clock = clock;
    }

    public void list(Context ctx) {
        show(ctx, null, PersonForm.EMPTY, null, ctx.queryParam("saved"));
    }

    public void add(Context ctx) {
        PersonForm f = form(ctx, ctx.formParam("id"));
        if (f.ok() && store.person(f.id()).isPresent()) {
            f = f.withError("id", "'" + f.id() + "' is taken: choose another id.");
        }
        if (!f.ok()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            show(ctx, null, f, null, null);
            return;
        }
        store.addPerson(f.person(clock.instant()));
        ctx.redirect("/people/" + f.id() + "?saved=added", HttpStatus.SEE_OTHER);
    }

    public void edit(Context ctx) {
        Person p = find(ctx.pathParam("id"));
        show(ctx, p.personId(), PersonForm.of(p), null, ctx.queryParam("saved"));
    }

    public void update(Context ctx) {
        Person p = find(ctx.pathParam("id"));
        PersonForm f = form(ctx, p.personId());
        if (!f.ok()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            show(ctx, p.personId(), f, null, null);
            return;
        }
        store.updatePerson(f.person(p.createdAt()));
        ctx.redirect("/people/" + p.personId() + "?saved=person", HttpStatus.SEE_OTHER);
    }

    public void setPlan(Context ctx) {
        Person p = find(ctx.pathParam("id"));
        PlanForm f = PlanForm.checked(ctx.formParam("effectiveFrom"), ctx.formParam("daysPerWeek"),
                ctx.formParam("minSecondsPerDay"), ctx.formParam("levelFrom"), ctx.formParam("levelTo"),
                ctx.formParam("heldRepsPerSession"));
        if (!f.ok()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            show(ctx, p.personId(), PersonForm.of(p), f, null);
            return;
        }
        try {
            store.setPlan(p.personId(), f.plan());
        } catch (StoreException | IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            show(ctx, p.personId(), PersonForm.of(p), f, e.getMessage());
            return;
        }
        ctx.redirect("/people/" + p.personId() + "?saved=plan", HttpStatus.SEE_OTHER);
    }

    private static PersonForm form(Context ctx, String id) {
        return PersonForm.checked(id, ctx.formParam("name"), ctx.formParam("statureCm"), ctx.formParam("startLevel"),
                ctx.formParam("zone"));
    }

    private Person find(String id) {
        return store.person(id).orElseThrow(() -> new NotFoundResponse("No person " + id + "."));
    }

    private void show(Context ctx, String editing, PersonForm form, PlanForm planForm, String saved) {
        List<Plan> plans = editing == null ? List.of() : store.plans(editing);
        PlanForm pf = planForm != null ? planForm
                : PlanForm.of(plans.isEmpty() ? Plan.defaultFrom(LocalDate.now(clock)) : plans.get(plans.size() - 1));
        renderer.render(ctx, "people", new PeopleView(new Frame("People", "people", Guard.login(ctx).csrfToken()),
                store.people(), editing, form, plans, pf, saved));
    }
}
