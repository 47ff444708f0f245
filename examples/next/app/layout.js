// Keeps each Onward element's space until its script has run: the server-rendered page does not
// move when the kit draws itself.
import 'onward-elements/onward.css';

export const metadata = { title: 'Product Designer at Northwind · Hireway' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
