export default function Popup() {
  return (
    <main>
      <h1>Context Cards</h1>
    </main>
  );
}
