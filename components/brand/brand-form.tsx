'use client';

import { useActionState, useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import type { ActionResult } from '@/lib/action-core';
import { updateBrand } from '@/lib/brand/actions';
import { HEX_COLOR } from '@/lib/brand/contrast';
import { LOGO_MAX_BYTES } from '@/lib/brand/limits';
import { BrandPreview } from './brand-preview';
import { ColorField } from './color-field';
import { LogoField } from './logo-field';

export type BrandFormValues = {
  name: string;
  primary_color: string;
  support_email: string;
  support_phone: string;
  terms_url: string;
  privacy_url: string;
};

type State = ActionResult<{ name: string; hasLogo: boolean }> | null;
type Props = { saved: BrandFormValues; logoDataUrl: string | null; defaultColor: string };

export function BrandForm({ saved, logoDataUrl, defaultColor }: Props) {
  const [state, action, pending] = useActionState<State, FormData>(updateBrand, null);
  const failed = state && !state.ok ? state : null;
  const values = { ...saved, ...(failed?.values ?? {}) } as BrandFormValues;
  // Remount with what was typed after a failure, or with the saved settings after a success.
  const key = failed ? `v-${JSON.stringify(failed.values)}` : `s-${JSON.stringify(saved)}-${logoDataUrl?.length ?? 0}`;
  return (
    <BrandFields
      key={key}
      action={action}
      pending={pending}
      state={state}
      values={values}
      logoDataUrl={logoDataUrl}
      defaultColor={defaultColor}
    />
  );
}

function BrandFields({
  action,
  pending,
  state,
  values,
  logoDataUrl,
  defaultColor,
}: {
  action: (fd: FormData) => void;
  pending: boolean;
  state: State;
  values: BrandFormValues;
  logoDataUrl: string | null;
  defaultColor: string;
}) {
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  const [name, setName] = useState(values.name);
  const [color, setColor] = useState(values.primary_color);
  const [file, setFile] = useState<File | null>(null);
  const [fileUrl, setFileUrl] = useState<string | null>(null);
  const [remove, setRemove] = useState(false);

  useEffect(() => {
    if (!file) return setFileUrl(null);
    const url = URL.createObjectURL(file);
    setFileUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const note =
    file && file.size > LOGO_MAX_BYTES
      ? `This file is ${Math.ceil(file.size / 1024)} KB: over the 200 KB limit, it will be refused.`
      : file && !/^image\/(png|jpeg|svg\+xml)$/.test(file.type)
        ? 'This does not look like a PNG, JPEG or SVG image: it will be refused.'
        : null;
  const logoSrc = fileUrl ?? (remove ? null : logoDataUrl);

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <form action={action} aria-label="Brand settings" noValidate className="space-y-5">
        <TextField
          name="name"
          label="Reseller name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          errors={fe?.name}
          maxLength={60}
          required
        />
        <LogoField
          hasSaved={Boolean(logoDataUrl)}
          remove={remove}
          onRemove={setRemove}
          onFile={setFile}
          note={note}
          errors={fe?.logo}
        />
        <ColorField value={color} onChange={setColor} errors={fe?.primary_color} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="support_email"
            label="Support email"
            type="email"
            defaultValue={values.support_email}
            errors={fe?.support_email}
            autoComplete="off"
          />
          <TextField
            name="support_phone"
            label="Support phone"
            type="tel"
            defaultValue={values.support_phone}
            errors={fe?.support_phone}
            hint="e.g. 1800 123 4567 or +91 98765 43210"
          />
          <TextField
            name="terms_url"
            label="Terms of service URL"
            type="url"
            defaultValue={values.terms_url}
            errors={fe?.terms_url}
            hint="https:// only"
          />
          <TextField
            name="privacy_url"
            label="Privacy policy URL"
            type="url"
            defaultValue={values.privacy_url}
            errors={fe?.privacy_url}
            hint="https:// only"
          />
        </div>
        <FormStatus state={state} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? 'Saving…' : 'Save brand'}
          </Button>
          {HEX_COLOR.test(color) && color.toLowerCase() !== defaultColor ? (
            <Button variant="ghost" onClick={() => setColor(defaultColor)}>
              Use the default colour
            </Button>
          ) : null}
        </div>
      </form>
      <BrandPreview name={name} color={HEX_COLOR.test(color) ? color : defaultColor} logoSrc={logoSrc} />
    </div>
  );
}
