// Every message that connector validation shows to people, in plain words.
import { PLATFORM_LABELS, type LocalPlatform } from '../platform.ts';
import { SKUPPER_API_VERSION, SKUPPER_V1ALPHA1_API_VERSION } from '../types.ts';
import { LIMITS } from './rules.ts';

const MAX_SHOWN_TEXT = 40;

/** Names a value the way a person reading their YAML would, for "not ..." clauses. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN_TEXT ? `${value.slice(0, MAX_SHOWN_TEXT)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number') return `the number ${String(value)}`;
  return `the value ${String(value)}`;
}

const PORT_RANGE = `from ${LIMITS.portMin} to ${LIMITS.portMax}`;
const SUBDOMAIN_SHAPE = `lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (also next to each '.')`;
const LABEL_NAME_CHARS = `letters, digits, '-', '_' and '.', must start and end with a letter or digit`;
const sites = (platform: LocalPlatform) => `${PLATFORM_LABELS[platform]} sites`;

export const documentMessages = {
  notAMapping: (value: unknown) =>
    `The document must be a mapping with apiVersion, kind, metadata and spec, not ${describeValue(value)}`,
  apiVersionMissing: `apiVersion is required: use ${SKUPPER_API_VERSION}`,
  apiVersionOlder: `apiVersion ${SKUPPER_V1ALPHA1_API_VERSION} is the older Connector API, which Skupper no longer serves: import the document to convert it to ${SKUPPER_API_VERSION}`,
  apiVersionWrong: (value: unknown) =>
    `apiVersion must be ${SKUPPER_API_VERSION}, not ${describeValue(value)}`,
  kindMissing: 'kind is required: use Connector',
  kindWrong: (value: unknown) => `kind must be Connector, not ${describeValue(value)}`,
  notAMappingField: (field: string, value: unknown) =>
    `${field} must be a mapping of fields, not ${describeValue(value)}`,
};

export const fieldMessages = {
  notText: (label: string, value: unknown) => `${label} must be text, not ${describeValue(value)}`,
  required: (label: string) => `${label} is required`,
  nameKubernetes: `Name may contain only lowercase letters, digits, '-' and '.', must start and end with a letter or digit (also next to each '.'), and be at most ${LIMITS.dnsSubdomainLength} characters`,
  nameLocal: `Name may contain only lowercase letters, digits and '-', must start and end with a letter or digit, and be at most ${LIMITS.dnsLabelLength} characters (local sites do not allow '.')`,
  namespaceRule: `Namespace may contain only lowercase letters, digits and '-', must start and end with a letter or digit, and be at most ${LIMITS.dnsLabelLength} characters`,
  namespaceMismatch: (siteNamespace: string) =>
    `Namespace must be "${siteNamespace}", the namespace of this site (or be left out)`,
  routingKeyRule: `Routing key may contain only ${SUBDOMAIN_SHAPE}`,
  portRequired: `Port is required: the port number on the target server, ${PORT_RANGE}`,
  portIsText: (text: string) => `Port must be a number, not text: write ${text.trim()} without quotes`,
  portNotWhole: (value: unknown) =>
    `Port must be a whole number ${PORT_RANGE}, not ${typeof value === 'number' ? String(value) : describeValue(value)}`,
  portOutOfRange: (port: number) => `Port must be ${PORT_RANGE}, not ${port}`,
  hostEmpty: 'Host must not be empty: give the hostname or IP address of the server',
  hostRequiredLocal: (platform: LocalPlatform) =>
    `Host is required on ${sites(platform)}: the hostname or IP address of the server`,
  hostRule: `Host must be an IP address or a hostname made of lowercase letters and digits, with single '-' or '.' between them (e.g. backend or db.example.com)`,
  selectorEmpty: 'Selector must not be empty: give pod labels such as app=backend',
  selectorInvalid: (reason: string) => `Selector is not valid: ${reason}`,
  selectorOnLocalSite: (platform: LocalPlatform) => `selector has no meaning on ${sites(platform)}; use host`,
  targetBoth:
    'Choose either selector or host, not both: selector picks pods in this namespace, host names one server',
  targetNeither: 'A connector on Kubernetes needs either a selector (which pods) or a host (which server)',
  typeRule: 'Type must be tcp, the only type Skupper supports today',
  tlsCredentialsSecret: `TLS credentials must name a Secret: ${SUBDOMAIN_SHAPE}, at most ${LIMITS.dnsSubdomainLength} characters`,
  tlsCredentialsDirectory: `TLS credentials must name a directory under input/certs/: ${SUBDOMAIN_SHAPE}`,
  flagNotBoolean: (field: string, value: unknown) =>
    value === 'true' || value === 'false'
      ? `${field} must be true or false, not text: write ${value} without quotes`
      : `${field} must be true or false, not ${describeValue(value)}`,
};

export const specMessages = {
  missing: (target: 'selector-or-host' | 'host-only') =>
    `spec is required, with routingKey, port and ${target === 'host-only' ? 'host' : 'either selector or host'}`,
  settingsNotAMapping: (value: unknown) =>
    `settings must be a mapping of names to text values, not ${describeValue(value)}`,
  settingNotText: (name: string, value: unknown) =>
    `Setting ${name} must be text, not ${describeValue(value)} (put it in quotes)`,
};

/** `noun` names the key and starts the message, e.g. "Label key" or "label key". */
export const keyMessages = {
  empty: (noun: string) => `${noun} must not be empty`,
  tooManySlashes: (noun: string, key: string) =>
    `${noun} "${key}" may contain only one '/', between an optional prefix and the name`,
  emptyPrefix: (noun: string, key: string) =>
    `${noun} "${key}" has nothing before '/': remove the '/' or put a domain such as example.com before it`,
  badPrefix: (noun: string, key: string) =>
    `${noun} "${key}" must have a domain name before '/': ${SUBDOMAIN_SHAPE}, at most ${LIMITS.dnsSubdomainLength} characters`,
  emptyName: (noun: string, key: string) => `${noun} "${key}" needs a name after the '/'`,
  badName: (noun: string, key: string) =>
    `${noun} "${key}" may contain only ${LABEL_NAME_CHARS}, and be at most ${LIMITS.labelNameLength} characters`,
  badNameAfterPrefix: (noun: string, key: string) =>
    `${noun} "${key}" must have a name after '/' that contains only letters, digits, '-', '_' and '.', starts and ends with a letter or digit, and is at most ${LIMITS.labelNameLength} characters`,
};

/** Reasons a label selector does not parse; validateSelector puts "Selector is not valid: " before them. */
export const selectorMessages = {
  endOfSelector: 'the end of the selector',
  expectedKey: (found: string) => `expected a label key or '!', found ${found}`,
  expectedKeyAfterComma: (found: string) => `expected a label key or '!' after ',', found ${found}`,
  expectedKeyAfterNot: (found: string) => `expected a label key after '!', found ${found}`,
  expectedOperator: (key: string, found: string) =>
    `expected =, ==, !=, in, notin, >, < or ',' after '${key}', found ${found}`,
  expectedOpenParenthesis: (operator: string, found: string) =>
    `expected '(' after '${operator}', found ${found}`,
  expectedFirstValue: (operator: string, found: string) =>
    `expected a value, ',' or ')' after '${operator} (', found ${found}`,
  expectedCommaOrClose: (value: string, found: string) =>
    `expected ',' or ')' after '${value}' in (...), found ${found}`,
  expectedValueInList: (found: string) => `expected a value after ',' in (...), found ${found}`,
  expectedValue: (operator: string, found: string) => `expected a value after '${operator}', found ${found}`,
  expectedEnd: (requirement: string, found: string) =>
    `expected ',' or the end of the selector after '${requirement}', found ${found}`,
  expectedWholeNumber: (operator: string, found: string) =>
    `expected a whole number after '${operator}', found ${found}`,
  numberTooLarge: (operator: string, value: string) => `the number ${value} after '${operator}' is too large`,
  keyNoun: 'label key',
  valueSubject: (key: string, value: string) => `the value "${value}" for ${key}`,
};

export const metadataMessages = {
  mapNotAMapping: (label: string, value: unknown) =>
    `${label} must be a mapping of keys to text values, not ${describeValue(value)}`,
  valueNotText: (label: string, value: unknown) =>
    `${label} must be text, not ${describeValue(value)} (put it in quotes)`,
  labelValueRule: (subject: string) =>
    `${subject} may contain only ${LABEL_NAME_CHARS}, and be at most ${LIMITS.labelValueLength} characters (or be empty)`,
  annotationsTooLarge: (bytes: number) =>
    `Annotations may hold at most ${LIMITS.annotationsTotalBytes} bytes of keys and values in total; these hold ${bytes}`,
};

export const unknownFieldMessages = {
  withSuggestion: (field: string, suggestion: string) =>
    `Unknown field ${field}; did you mean ${suggestion}?`,
  renamed: (field: string, current: string) =>
    `Unknown field ${field}; ${SKUPPER_API_VERSION} calls it ${current}`,
  plain: (field: string) => `Unknown field ${field}; Skupper does not use it`,
};
