import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors/domain-errors";
import { isDatabaseUnavailable } from "./database-unavailable";

/*
 * The shapes below are what Prisma 7 + @prisma/adapter-pg threw when a real
 * PostgreSQL was stopped under it (lib/api/database-outage.test.ts drives the
 * real thing); here each one is pinned, with look-alikes that are not outages.
 */
function prismaError(name: string, code: string | undefined, message: string, cause?: Record<string, unknown>) {
  return Object.assign(new Error(message), { name, code, meta: cause ? { driverAdapterError: { name: "DriverAdapterError", cause } } : {} });
}

describe("isDatabaseUnavailable", () => {
  it.each([
    ["connection refused (model query)", prismaError("PrismaClientKnownRequestError", "P1001", "Can't reach database server at 127.0.0.1:5432", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["connection refused (raw query)", prismaError("PrismaClientKnownRequestError", "P2010", "Raw query failed. Code: `N/A`. Message: `Can't reach database server`", { kind: "DatabaseNotReachable" })],
    ["query in flight when the server stops", prismaError("PrismaClientKnownRequestError", "P2010", "Raw query failed. Code: `57P01`.", { kind: "postgres", code: "57P01", originalCode: "57P01", severity: "FATAL" })],
    ["server starting up", prismaError("PrismaClientUnknownRequestError", undefined, "the database system is starting up", { kind: "postgres", code: "57P03", severity: "FATAL" })],
    ["socket closed", prismaError("PrismaClientKnownRequestError", "P1017", "Server has closed the connection.", { kind: "ConnectionClosed" })],
    ["pool timeout from pg-pool", new Error("timeout exceeded when trying to connect")],
    ["connection dropped", new Error("Connection terminated unexpectedly")],
    ["transaction whose connection died", new Error("Client has encountered a connection error and is not queryable")],
    ["no transaction within maxWait", prismaError("PrismaClientKnownRequestError", "P2028", "Transaction API error: Unable to start a transaction in the given time.")],
    ["Node socket error", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect", errno: -111 })],
    ["pg DatabaseError without the adapter", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01", severity: "FATAL" })],
    ["wrapped in a cause", new Error("save failed", { cause: new Error("Connection terminated unexpectedly") })],
  ])("%s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", prismaError("PrismaClientKnownRequestError", "P2002", "Unique constraint failed", { kind: "UniqueConstraintViolation" })],
    ["a bad raw query", prismaError("PrismaClientKnownRequestError", "P2010", "Raw query failed.", { kind: "UnsupportedNativeDataType", type: "void" })],
    ["a syntax error", prismaError("PrismaClientKnownRequestError", "P2010", "Raw query failed. Code: `42601`.", { kind: "postgres", code: "42601" })],
    ["a record not found", prismaError("PrismaClientKnownRequestError", "P2025", "No record was found for an update.")],
    ["a validation error", prismaError("PrismaClientValidationError", undefined, "Argument `name` is missing.")],
    ["refused input", new InvalidInputError({ name: ["Required."] })],
    ["a bug", new TypeError("Cannot read properties of undefined (reading 'id')")],
    ["nothing useful", "Connection terminated unexpectedly"],
    ["null", null],
  ])("not %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
