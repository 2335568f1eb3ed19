package io.connectmongodb.driver.model;

/**
 * The result of an acknowledged delete.
 *
 * @param deletedCount documents deleted
 */
public record DeleteResult(long deletedCount) {
}
