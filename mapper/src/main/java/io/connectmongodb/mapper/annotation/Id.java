package io.connectmongodb.mapper.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The identifier property, stored as {@code _id}. Supported types: ObjectId, String, Long/long and UUID. An absent id (null, or 0 for Long) is generated on insert: ObjectId, String and UUID ones locally, Long ones from a per-collection counter in {@code mapper_sequences} (see {@code Mapper.Builder.longIdBlockSize}). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
public @interface Id {}
