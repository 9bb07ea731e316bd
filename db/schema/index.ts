// Every table, enum and relation of Accord, one file per domain area.
export * from "./identity";
export * from "./accounts";
export * from "./catalog";
export * from "./orders";
export * from "./quotes";
export * from "./support";
export * from "./knowledge";
export * from "./activity";
export * from "./sales";
export * from "./platform";
export * from "./search";
export * from "./analytics";
