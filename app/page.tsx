import { ChatApp } from './chat/chat-app';

export default function HomePage() {
  return <ChatApp />;
}
