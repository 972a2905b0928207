export { freePort, startServer, type TestServer } from '../../scripts/support/start-server';
