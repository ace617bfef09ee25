import { render } from 'preact';

function App() {
  return <main><h1>LCE Playground</h1></main>;
}

render(<App />, document.getElementById('app')!);
