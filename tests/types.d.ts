// public/boot.js is a classic script, imported by a test only to run it.
declare module '*/public/boot.js';
