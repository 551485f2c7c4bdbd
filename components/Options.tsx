export default function Options() {
  return (
    <main>
      <h1>Context Cards settings</h1>
    </main>
  );
}
