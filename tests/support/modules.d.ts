/** pg ships no types and @types/pg is not installed: the tests use only Client#connect/query/end. */
declare module 'pg';
