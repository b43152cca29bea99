package org.rollerhub.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/** Renders a page's template (compiled at build time from {@code src/main/jte}) with its view record. */
public final class Renderer {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** The template {@code name}.jte filled with {@code view}, as the response. */
    public void render(Context ctx, String name, Object view) {
        StringOutput out = new StringOutput();
        engine.render("web/" + name + ".jte", view, out);
        ctx.html(out.toString());
    }

    /** The template as text (for benchmarks and tests). */
    public String text(String name, Object view) {
        StringOutput out = new StringOutput();
        engine.render("web/" + name + ".jte", view, out);
        return out.toString();
    }
}
