// Reads JSON and YAML bodies as text, so that the parser can report problems by line and column.
import express from 'express';
import { JSON_TYPES, YAML_TYPES } from './security.ts';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export const readBody = express.text({ type: [...JSON_TYPES, ...YAML_TYPES], limit: BODY_LIMIT_BYTES });
