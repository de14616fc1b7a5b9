// Validation of a connector's spec for the platform of its site.
import { isLocalPlatform, platformRules, type Platform } from '../platform.ts';
import {
  validateFlag,
  validateHost,
  validatePort,
  validateRoutingKey,
  validateSelector,
  validateTlsCredentials,
  validateType,
} from './fields.ts';
import { childPath, type Findings } from './findings.ts';
import { documentMessages, fieldMessages, specMessages } from './messages.ts';
import { CONNECTOR_FLAG_FIELDS, CONNECTOR_SPEC_FIELDS, RENAMED_SPEC_FIELDS } from './rules.ts';
import { warnUnknownFields } from './unknownFields.ts';
import { isAbsent, isMapping } from './values.ts';

export function checkSpec(spec: unknown, platform: Platform, findings: Findings): void {
  if (isAbsent(spec)) {
    findings.error('spec', specMessages.missing(platformRules(platform).target));
    return;
  }
  if (!isMapping(spec)) {
    findings.error('spec', documentMessages.notAMappingField('spec', spec));
    return;
  }
  findings.error('spec.routingKey', validateRoutingKey(spec.routingKey));
  findings.error('spec.port', validatePort(spec.port));
  checkTarget(spec, platform, findings);
  findings.error('spec.tlsCredentials', validateTlsCredentials(spec.tlsCredentials, platform));
  findings.error('spec.type', validateType(spec.type));
  for (const flag of CONNECTOR_FLAG_FIELDS) findings.error(`spec.${flag}`, validateFlag(flag, spec[flag]));
  checkSettings(spec.settings, findings);
  warnUnknownFields(spec, CONNECTOR_SPEC_FIELDS, 'spec', findings, RENAMED_SPEC_FIELDS);
}

/** What the connector points at: exactly one of selector and host on Kubernetes, a host on local sites. */
function checkTarget(spec: Readonly<Record<string, unknown>>, platform: Platform, findings: Findings): void {
  const { selector, host } = spec;
  if (isLocalPlatform(platform)) {
    if (!isAbsent(selector)) findings.error('spec.selector', fieldMessages.selectorOnLocalSite(platform));
    findings.error('spec.host', validateHost(host, platform));
    return;
  }
  // Presence, not emptiness, decides here: the CRD's oneOf counts `host: ""` as given.
  if (isAbsent(selector) && isAbsent(host)) {
    findings.error('spec', fieldMessages.targetNeither);
    return;
  }
  if (!isAbsent(selector) && !isAbsent(host)) {
    findings.error('spec.selector', fieldMessages.targetBoth);
    findings.error('spec.host', fieldMessages.targetBoth);
  }
  findings.error('spec.selector', validateSelector(selector));
  findings.error('spec.host', validateHost(host, platform));
}

function checkSettings(settings: unknown, findings: Findings): void {
  if (isAbsent(settings)) return;
  if (!isMapping(settings)) {
    findings.error('spec.settings', specMessages.settingsNotAMapping(settings));
    return;
  }
  for (const [name, value] of Object.entries(settings)) {
    if (typeof value !== 'string') {
      findings.error(childPath('spec.settings', name), specMessages.settingNotText(name, value));
    }
  }
}
