package org.challengemarket.platform.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters of every list, read as text so that a value
 * that is not a number answers 400 on its field (JAX-RS would answer 404). Use as a
 * {@code @BeanParam}.
 */
public class PageParams {

    @Parameter(description = "Page number, from 1", schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
    @QueryParam("page")
    String page;

    @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
    @QueryParam("size")
    String size;

    /** The page asked for; bad values are collected in {@code params}. */
    public PageRequest read(QueryParams params) {
        return params.page(page, size);
    }

    /** The page asked for, refusing bad values at once. */
    public PageRequest read() {
        QueryParams params = new QueryParams();
        PageRequest request = read(params);
        params.done();
        return request;
    }
}
