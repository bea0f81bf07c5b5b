import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { modelConfigOf } from './model-config';
import { PROJECT_ROOT } from './paths';
import { loadSettings } from './settings';

describe('modelConfigOf', () => {
  test('without OPENAI_API_KEY there is no model, and everything runs offline', () => {
    assert.equal(modelConfigOf(loadSettings({}, PROJECT_ROOT)), undefined);
  });

  test('the key, the base URL and the model come from the settings, the model defaulting to gpt-4o-mini', () => {
    const env = { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' };
    assert.deepEqual(modelConfigOf(loadSettings(env, PROJECT_ROOT)), { apiKey: 'sk-test', baseURL: 'http://127.0.0.1:9/v1', model: 'gpt-4o-mini' });
    assert.deepEqual(modelConfigOf(loadSettings({ OPENAI_API_KEY: 'sk-test', OPENAI_MODEL: 'local-model' }, PROJECT_ROOT)), {
      apiKey: 'sk-test',
      baseURL: undefined,
      model: 'local-model',
    });
  });
});
