// A server component, as an App Router status page is. It uses Onward two ways: the tag itself
// with hyphenated attributes, its events heard through a ref in a small client component, and the
// @lit/react wrapper with camelCase props (onward-elements/react starts with 'use client').
import { SearchRecap } from 'onward-elements/react';
import { Kit } from './kit';

export default function Page() {
  return (
    <main>
      <h1>Product Designer at Northwind</h1>
      <p>Status: not selected.</p>
      <Kit>
        <rejection-support
          candidate-name="Ana"
          company="Northwind"
          job-title="Product Designer"
          stage="final"
          contact-name="Jordan"
          contact-email="jordan@northwind.example"
          storage-key="next-application-1"
        />
      </Kit>
      <SearchRecap id="wrapped" applications={14} screenings={4} interviews={3} stage="final" />
    </main>
  );
}
